// Cloud functions of Red summons and the time bank (issue #5); imported by server/cloud/main.ts.
export {}
