from . import cgv_acceptance_record
from . import cgv_version_notify
