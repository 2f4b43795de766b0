docker build -t ping-cmd:1.0 -f Dockerfile.cmd .
docker build -t ping-ep:1.0 -f Dockerfile.ep .

docker run --rm ping-cmd:1.0             # ping -c 3 127.0.0.1
docker run --rm ping-cmd:1.0 1.1.1.1

docker run --rm ping-ep:1.0              # ping -c 3 127.0.0.1
docker run --rm ping-ep:1.0 1.1.1.1

docker run --rm --entrypoint echo ping-ep:1.0 hello
