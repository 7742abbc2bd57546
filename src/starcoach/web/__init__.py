"""The web face: FastAPI pages rendered with Jinja2, and their JSON twins under /api."""
