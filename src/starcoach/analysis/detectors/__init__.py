"""The rubric's detectors, one small function per finding code, grouped by what they judge."""
