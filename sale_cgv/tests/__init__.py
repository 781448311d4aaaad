from . import test_acceptance_access
from . import test_notify
from . import test_performance
from . import test_portal
from . import test_public_page
from . import test_reports_mail
from . import test_stamping
from . import test_evidence
