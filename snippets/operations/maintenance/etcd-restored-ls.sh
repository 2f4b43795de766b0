$ ls restored/member
snap
wal
