helm uninstall catalog --keep-history
