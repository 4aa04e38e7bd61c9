"""``python -m tayho_coord`` runs the ``tayho-coord`` command."""

from tayho_coord.cli import main

raise SystemExit(main())
