// Cloud functions of Stewards and help requests (issue #4); imported by server/cloud/main.ts.
export {}
