"""Reply templates, rendering, suggestions and the tone check."""
