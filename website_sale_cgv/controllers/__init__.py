from . import main
from . import payment
