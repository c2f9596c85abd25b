// Cloud functions of Residents' problems and visit day (issue #7); imported by server/cloud/main.ts.
export {}
