etcdctl snapshot save snap.db
etcdutl snapshot status snap.db -w table
