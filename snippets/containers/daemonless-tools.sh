# Show an image's digest, layers and config without pulling it
skopeo inspect docker://docker.io/library/nginx:1.27

# Copy an image from a registry into a local OCI layout directory
skopeo copy docker://docker.io/library/busybox:1.36 oci:busybox-oci:1.36

# Run a throwaway container without any daemon
podman run --rm docker.io/library/busybox:1.36 echo "hello from podman"

# Build an image from the Dockerfile in the current directory
buildah build -t registry.example.com/team/app:1.0 .
