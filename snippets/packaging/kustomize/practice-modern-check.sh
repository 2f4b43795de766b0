$ diff legacy.yaml modern.yaml && echo identical
identical
