# Save an image (all layers and metadata) to a tar file and load it elsewhere
docker image save -o nginx-1.27.tar nginx:1.27
docker image load -i nginx-1.27.tar

# Export a container's filesystem: one flat layer, no metadata
docker container create --name web-tmp nginx:1.27
docker container export -o web-rootfs.tar web-tmp
docker image import web-rootfs.tar nginx-flat:1.27
docker image inspect nginx-flat:1.27 --format '{{.Config.Cmd}}'
docker container rm web-tmp
