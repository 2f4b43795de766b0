hostname
ip link
sudo cat /sys/class/dmi/id/product_uuid
