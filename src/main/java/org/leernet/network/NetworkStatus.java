package org.leernet.network;

public enum NetworkStatus {

	RECRUITING, RUNNING, END_PHASE, CLOSED, CANCELLED

}
