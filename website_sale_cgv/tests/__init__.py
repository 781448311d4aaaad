from . import test_checkout
