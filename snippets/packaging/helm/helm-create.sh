helm create CHART_NAME     # a new chart skeleton in ./CHART_NAME
helm package CHART_NAME    # CHART_NAME-VERSION.tgz, ready for a repository
