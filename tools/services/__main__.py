"""`python -m tools.services start|stop`: the local PostgreSQL and OpenSearch node."""

import sys

from tools.services import main

main(sys.argv[1:])
