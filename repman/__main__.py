from repman.cli import main

raise SystemExit(main())
