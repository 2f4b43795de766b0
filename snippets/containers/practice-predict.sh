docker run --rm ping-ep:1.0 8.8.8.8
docker run --rm ping-cmd:1.0 ping -c 1 8.8.8.8
docker run --rm --entrypoint ping ping-ep:1.0 -c 1 8.8.8.8
