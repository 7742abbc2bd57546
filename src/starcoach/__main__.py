"""Run the starcoach CLI as `python -m starcoach`."""

from starcoach.cli import main

main()
