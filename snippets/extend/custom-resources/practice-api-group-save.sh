kubectl api-resources --api-group=stable.example.com > stable-types.txt
