$ kubectl api-resources --api-group=stable.example.com | tee stable-types.txt
NAME      SHORTNAMES   APIVERSION              NAMESPACED   KIND
webapps   wa           stable.example.com/v1   true         WebApp
