"""Backpropagation by hand through a one-hidden-layer MLP, checked against autograd."""
import torch
from torch import nn

torch.manual_seed(0)
n, num_inputs, num_hiddens, num_outputs = 8, 64, 32, 10
X = torch.rand(n, num_inputs)  # a batch of 8 samples, one per row
y = torch.randint(0, num_outputs, (n,))
W1 = (torch.randn(num_hiddens, num_inputs) * 0.1).requires_grad_()
b1 = torch.zeros(num_hiddens, requires_grad=True)
W2 = (torch.randn(num_outputs, num_hiddens) * 0.1).requires_grad_()
b2 = torch.zeros(num_outputs, requires_grad=True)

# forward propagation, keeping every intermediate result
Z2 = X @ W1.T + b1
A2 = torch.relu(Z2)
Z3 = A2 @ W2.T + b2  # logits
L = nn.functional.cross_entropy(Z3, y)  # mean cross-entropy over the batch

# backpropagation by hand: from the loss back towards the input
with torch.no_grad():
    Y = nn.functional.one_hot(y, num_outputs).float()
    delta3 = (torch.softmax(Z3, dim=1) - Y) / n  # dL/dZ3
    grad_W2 = delta3.T @ A2
    grad_b2 = delta3.sum(dim=0)
    grad_A2 = delta3 @ W2  # dL/dA2
    delta2 = grad_A2 * (Z2 > 0)  # dL/dZ2: ReLU's derivative is 1 where Z2 > 0, else 0
    grad_W1 = delta2.T @ X
    grad_b1 = delta2.sum(dim=0)

L.backward()  # autograd does the same
for name, param, grad in [("W1", W1, grad_W1), ("b1", b1, grad_b1), ("W2", W2, grad_W2), ("b2", b2, grad_b2)]:
    torch.testing.assert_close(param.grad, grad)  # entry by entry
    print(f"dL/d{name}  {str(tuple(grad.shape)):<8}  norm by hand {grad.norm():.5f}  autograd {param.grad.norm():.5f}")
