$ kubectl api-resources --api-group=stable.example.com
NAME      SHORTNAMES   APIVERSION              NAMESPACED   KIND
webapps   wa           stable.example.com/v1   true         WebApp
