GREETING=hello
set | grep '^GREETING='    # found: it is a shell variable
env | grep '^GREETING='    # nothing: not exported yet
export GREETING
env | grep '^GREETING='    # found: now child processes inherit it
