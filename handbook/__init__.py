"""The handbook's shared code: snippet extraction, the check ladder, the local control plane."""
