module github.com/cometworks/comet-relay

go 1.22.5

require (
	github.com/cometworks/comet-xdr-go v0.6.1
	github.com/gorilla/websocket v1.5.3
	golang.org/x/crypto v0.28.0
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	github.com/stretchr/testify v1.9.0 // indirect
	golang.org/x/sys v0.26.0 // indirect
)
