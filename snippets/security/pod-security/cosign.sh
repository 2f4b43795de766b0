cosign generate-key-pair                                    # cosign.key (private) and cosign.pub
cosign sign --key cosign.key registry.example.com/shop/web@sha256:DIGEST
cosign verify --key cosign.pub registry.example.com/shop/web@sha256:DIGEST
