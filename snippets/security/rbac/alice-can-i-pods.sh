$ for verb in get list delete; do echo "$verb pods: $(kubectl auth can-i "$verb" pods --as=alice)"; done
get pods: yes
list pods: yes
delete pods: no
