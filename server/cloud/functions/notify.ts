// Cloud functions of notifications; imported by server/cloud/main.ts.
export {}
