etcdutl snapshot restore task-backup.db --data-dir task-restore
ls task-restore/member
