"""PyInstaller's entry script: the same `repman` command the wheel installs."""

from repman.cli import main

raise SystemExit(main())
