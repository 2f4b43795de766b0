$ kubectl create deployment tagged-web --image=nginx:1.27 2>&1 | grep '^Warning'
Warning: Validation failed for ValidatingAdmissionPolicy 'image-digest' with binding 'image-digest-binding': images should be pinned by digest
