etcdctl snapshot restore snap.db --data-dir restored-old-way
