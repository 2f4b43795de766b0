etcdutl snapshot restore snap.db --data-dir restored
