# Start a shell in new UTS, PID and mount namespaces (needs root)
sudo unshare --uts --pid --mount --fork --mount-proc bash
# Inside the new shell:
hostname sandbox      # changes the hostname only inside the UTS namespace
ps aux                # shows only this shell and ps, starting at PID 1
lsns                  # lists the namespaces this process belongs to
