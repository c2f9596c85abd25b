// Cloud functions of Rainbow Bridge welfare projects (issue #6); imported by server/cloud/main.ts.
export {}
