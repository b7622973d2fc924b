"""ReLU's derivative from the formula versus autograd; at x = 0 PyTorch returns 0."""
import torch

x = (torch.arange(-12, 13) / 4).requires_grad_()
torch.relu(x).sum().backward()  # (1)!
formula = (x > 0).float()  # 1 for x > 0, 0 for x < 0, and (our choice) 0 at x = 0
torch.testing.assert_close(x.grad, formula)

print(x.detach()[8:17:2])
print(x.grad[8:17:2])
x0 = torch.tensor(0.0, requires_grad=True)
torch.relu(x0).backward()
print("ReLU'(0) in PyTorch:", x0.grad.item())
