$ helm list --uninstalled -q
catalog
