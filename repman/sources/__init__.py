"""Where items come from: one module per site, and files exported from sites without an API."""
