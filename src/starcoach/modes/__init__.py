"""The preparation modes beyond study: practice section by section, and the mock interview with probes."""
