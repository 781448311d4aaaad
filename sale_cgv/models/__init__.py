from . import account_move
from . import cgv_acceptance
from . import cgv_version
from . import consumer_law_policy
from . import mail_compose_message
from . import res_config_settings
from . import res_partner
from . import sale_order
