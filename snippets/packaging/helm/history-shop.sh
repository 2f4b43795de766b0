helm history shop
