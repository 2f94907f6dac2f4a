import sys

from contract_tests.mutants.runner import main

sys.exit(main())
