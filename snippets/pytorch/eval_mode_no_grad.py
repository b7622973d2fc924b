"""model.eval() and torch.no_grad() are independent: each does only its own job."""
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 6), nn.Dropout(p=0.5))
X = torch.ones(1, 4)

net.eval()  # Dropout off ...
print(net(X).requires_grad)  # ... but a graph is still built
with torch.no_grad():
    print(torch.is_grad_enabled(), net(X).requires_grad)  # no graph inside the block
    net.train()  # ... but no_grad does not turn Dropout off
    print(net(X))
