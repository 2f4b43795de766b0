$ kubectl kustomize overlays/probes | grep -A4 readinessProbe
        readinessProbe:
          httpGet:
            path: /
            port: http
