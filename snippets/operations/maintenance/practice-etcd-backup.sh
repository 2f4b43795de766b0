etcdctl snapshot save task-backup.db
etcdutl snapshot status task-backup.db -w table
