// CSS and style-only imports resolve here: jsdom cannot apply the app's stylesheets anyway.
export {}
